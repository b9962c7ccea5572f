#pragma once

#include <QObject>

namespace footcoach {

// Spoken guidance as a session uses it. The real voice (VoiceGuide, Qt TextToSpeech) is in the
// sound module; DeferredVoice stands in for it until the voice is first wanted.
class Voice : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // True when a phrase can be spoken now; when false the caller plays tones instead. Never
    // waits for a speech engine: one that is still getting ready is not active yet.
    virtual bool isActive() = 0;
    virtual void say(const QString& text) = 0;
    // Gets the speech engine ready without waiting for it (listing a speech server's voices
    // takes up to a second). A session asks for it as its screen opens.
    virtual void prepare() {}
    // False from prepare() until the voice knows whether it can speak (it may find no voice for
    // the language); it then emits ready().
    virtual bool isReady() const { return true; }

Q_SIGNALS:
    void ready();
};

} // namespace footcoach
