#pragma once

#include "services/session/CuePlayer.h"

#include <functional>

namespace footcoach {

// Stands in for the sound cue player until sound is first needed (a session starts, a reminder
// chimes), then creates it and forwards to it. Opening the audio device, its threads and the
// decoded cue sounds cost start-up time and about 1.3 MB that a window the user only looks at,
// or a background instance waiting for the next reminder, never needs.
class DeferredCuePlayer final : public CuePlayer {
    Q_OBJECT
public:
    using Factory = std::function<CuePlayer*()>;
    explicit DeferredCuePlayer(Factory factory, QObject* parent = nullptr);

    void play(Cue cue) override;
    void beginSession() override;
    void endSession() override;
    bool isReady() const override;
    // Asking creates the real player: this is what a session asks just before it starts.
    bool isAvailable() const override;
    bool isCreated() const { return m_real != nullptr; }

private:
    CuePlayer* real() const;

    Factory m_factory;
    mutable CuePlayer* m_real = nullptr; // owned as a child; created on first use
};

} // namespace footcoach
