#include "services/session/DeferredCuePlayer.h"

namespace footcoach {

DeferredCuePlayer::DeferredCuePlayer(Factory factory, QObject* parent)
    : CuePlayer(parent)
    , m_factory(std::move(factory)) {}

void DeferredCuePlayer::play(Cue cue) {
    real()->play(cue);
}

void DeferredCuePlayer::beginSession() {
    real()->beginSession();
}

void DeferredCuePlayer::endSession() {
    if (m_real)
        m_real->endSession();
}

bool DeferredCuePlayer::isReady() const {
    return !m_real || m_real->isReady();
}

bool DeferredCuePlayer::isAvailable() const {
    return real()->isAvailable();
}

CuePlayer* DeferredCuePlayer::real() const {
    if (!m_real) {
        // Creating the player on first use changes no observable state of this one, hence
        // const; the player becomes this object's child so it lives exactly as long.
        auto* self = const_cast<DeferredCuePlayer*>(this);
        m_real = m_factory();
        m_real->setParent(self);
        connect(m_real, &CuePlayer::unavailable, self, &CuePlayer::unavailable);
        connect(m_real, &CuePlayer::ready, self, &CuePlayer::ready);
    }
    return m_real;
}

} // namespace footcoach
