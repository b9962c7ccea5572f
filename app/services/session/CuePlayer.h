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
    // A session begins or ends. In between, a player may keep its audio output open and
    // flowing so that every cue, the first included, sounds the moment it is played. Calls
    // pair up; sessions may overlap briefly (a new one starts before the old one is gone).
    virtual void beginSession() {}
    virtual void endSession() {}
    // True when a cue played now sounds on time. After beginSession() a player may take a
    // moment to get its output flowing; it then emits ready().
    virtual bool isReady() const { return true; }

Q_SIGNALS:
    void ready();
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
