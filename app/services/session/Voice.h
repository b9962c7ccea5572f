#pragma once

#include <QObject>

namespace footcoach {

// Spoken guidance as a session uses it. The real voice (VoiceGuide, Qt TextToSpeech) is in the
// sound module; DeferredVoice stands in for it until the voice is first wanted.
class Voice : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // True when a phrase can be spoken now; when false the caller plays tones instead.
    virtual bool isActive() = 0;
    virtual void say(const QString& text) = 0;
};

} // namespace footcoach
