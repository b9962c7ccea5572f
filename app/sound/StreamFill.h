#pragma once

#include <QtGlobal>

namespace footcoach {

// The cue stream as the sound server takes it: how much sound to keep queued there, whether
// the server has begun to play it, and whether it has stopped. Times are milliseconds on a
// monotonic clock, passed in; the server's taking is seen as room made for more writes.
//
// The queue starts small, for cues on time. An underrun (the server found less than it takes
// at a time) within kEaseMs of the one before keeps a step more queued: PipeWire's PulseAudio
// server takes a third of the buffer it granted at every cycle and plays silence when it
// finds less, and a top-up came late that often on a busy machine (65 times in a minute with
// both cores busy). Each kEaseMs without an underrun keeps a step less again. Every step costs
// a cue that much more delay, which is why a single underrun does not buy one.
class StreamFill {
public:
    // A new stream has settled once the server has taken sound from it steadily for this
    // long: a cue is not played into a stream the server is not yet taking. (On the null
    // sinks of the tests it takes the stream from the start, so this is the 250 ms the fixed
    // timer it replaces gave; it also marks from when a stall counts.)
    static constexpr qint64 kSettleMs = 250;
    // A pause this long in the taking is not steady: the server takes a piece every few ms.
    static constexpr qint64 kGapMs = 100;
    // How long a settled stream may go untaken before it counts as stalled. After each
    // underrun Qt 6.4 asks the server to drain the stream, and after one of many drains
    // PipeWire took nothing more from it, for good.
    static constexpr qint64 kStallMs = 250;
    // Underruns closer than this keep more queued; a stretch this long without one, less.
    static constexpr qint64 kEaseMs = 1000;

    // base: the bytes first kept queued; granted: the stream's buffer as the server granted it;
    // step: how much more each underrun keeps; nowMs: when the stream was opened.
    StreamFill(qsizetype base, qsizetype granted, qsizetype step, qint64 nowMs);

    qsizetype target() const { return m_target; }
    void underrun(qint64 nowMs);
    // Bytes were written at nowMs: the server had made room, so it is taking sound.
    void wrote(qsizetype bytes, qint64 nowMs);
    bool settled() const { return m_settled; }
    bool stalled(qint64 nowMs) const { return m_settled && nowMs - m_lastTaken >= kStallMs; }

private:
    qsizetype m_base;
    qsizetype m_target;
    qsizetype m_most;
    qsizetype m_step;
    qint64 m_lastTaken;
    qint64 m_steadySince;
    qint64 m_lastChange;   // the last underrun, or the last step eased
    qint64 m_lastUnderrun; // or the opening
    bool m_settled = false;
};

} // namespace footcoach
