#include "services/session/DeferredVoice.h"

#include "services/settings/AppSettings.h"

namespace footcoach {

DeferredVoice::DeferredVoice(const AppSettings& settings, Factory factory, QObject* parent)
    : Voice(parent)
    , m_settings(settings)
    , m_factory(std::move(factory)) {}

bool DeferredVoice::isActive() {
    if (!m_settings.voiceEnabled())
        return false;
    Voice* voice = real();
    return voice && voice->isActive();
}

void DeferredVoice::say(const QString& text) {
    if (isActive())
        m_real->say(text);
}

void DeferredVoice::prepare() {
    if (!m_settings.voiceEnabled())
        return;
    if (Voice* voice = real())
        voice->prepare();
}

bool DeferredVoice::isReady() const {
    return !m_real || m_real->isReady();
}

Voice* DeferredVoice::real() {
    if (!m_created) {
        m_created = true;
        m_real = m_factory ? m_factory() : nullptr;
        if (m_real) {
            m_real->setParent(this);
            connect(m_real, &Voice::ready, this, &Voice::ready);
        }
    }
    return m_real;
}

} // namespace footcoach
