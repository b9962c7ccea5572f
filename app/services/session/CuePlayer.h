#pragma once

#include "footcoach/SessionEngine.h"

#include <QObject>

namespace footcoach {

// Plays the session's sound cues. Behind an interface so that tests and machines without
// sound can use another implementation.
class CuePlayer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CuePlayer() override = default;

    virtual void play(Cue cue) = 0;
    virtual bool isAvailable() const = 0;

Q_SIGNALS:
    // Sound stopped working (no device, device removed); the session goes on without it.
    void unavailable(const QString& reason);
};

// A player that stays silent: for machines with no audio and for tests.
class SilentCuePlayer final : public CuePlayer {
    Q_OBJECT
public:
    using CuePlayer::CuePlayer;
    void play(Cue) override {}
    bool isAvailable() const override { return false; }
};

} // namespace footcoach
