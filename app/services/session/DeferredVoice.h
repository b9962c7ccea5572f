#pragma once

#include "services/session/Voice.h"

#include <functional>

namespace footcoach {

class AppSettings;

// Stands in for the spoken voice until the user has it on and a session first asks for it;
// then creates the real one (loading the sound module) and forwards to it. With the voice off,
// nothing is loaded at all.
class DeferredVoice final : public Voice {
    Q_OBJECT
public:
    // The factory may return null (no sound module): the voice then stays silent.
    using Factory = std::function<Voice*()>;
    DeferredVoice(const AppSettings& settings, Factory factory, QObject* parent = nullptr);

    bool isActive() override;
    void say(const QString& text) override;
    void prepare() override;
    bool isReady() const override;
    bool isCreated() const { return m_created; }

private:
    Voice* real();

    const AppSettings& m_settings;
    Factory m_factory;
    Voice* m_real = nullptr; // owned as a child
    bool m_created = false;
};

} // namespace footcoach
