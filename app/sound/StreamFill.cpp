#include "sound/StreamFill.h"

#include <algorithm>

namespace footcoach {

StreamFill::StreamFill(qsizetype base, qsizetype granted, qsizetype step, qint64 nowMs)
    : m_base(base)
    , m_target(base)
    // Two of the server's three pieces: one may be taken while the next is still on its way.
    , m_most(std::max(base, granted * 2 / 3))
    , m_step(step)
    , m_lastTaken(nowMs)
    , m_steadySince(nowMs)
    , m_lastChange(nowMs)
    , m_lastUnderrun(nowMs - kEaseMs) {}

void StreamFill::underrun(qint64 nowMs) {
    if (nowMs - m_lastUnderrun < kEaseMs)
        m_target = std::min(m_most, m_target + m_step);
    m_lastUnderrun = nowMs;
    m_lastChange = nowMs;
}

void StreamFill::wrote(qsizetype bytes, qint64 nowMs) {
    if (bytes <= 0)
        return;
    if (nowMs - m_lastTaken > kGapMs)
        m_steadySince = nowMs;
    m_lastTaken = nowMs;
    if (nowMs - m_steadySince >= kSettleMs)
        m_settled = true;
    if (m_target > m_base && nowMs - m_lastChange >= kEaseMs) {
        m_target = std::max(m_base, m_target - m_step);
        m_lastChange = nowMs;
    }
}

} // namespace footcoach
