#include "sound/CueMixer.h"

#include <algorithm>

namespace footcoach {

void CueMixer::addClip(const QString& name, WavClip clip) {
    if (m_rate == 0)
        m_rate = clip.sampleRate;
    if (clip.sampleRate == m_rate)
        m_clips.insert(name, std::move(clip.samples));
}

void CueMixer::start(const QString& name) {
    const auto clip = m_clips.constFind(name);
    if (clip != m_clips.constEnd())
        m_playing.append({*clip, 0});
}

void CueMixer::mix(qint16* out, qsizetype count) {
    std::fill(out, out + count, qint16(0));
    if (m_playing.isEmpty())
        return;
    // Summed in 32 bits and clipped once, so two cues that overlap never wrap around.
    QList<qint32> sum(count, 0);
    for (Playing& p : m_playing) {
        const qsizetype n = std::min(count, p.samples.size() - p.next);
        for (qsizetype i = 0; i < n; ++i)
            sum[i] += p.samples.at(p.next + i);
        p.next += n;
    }
    m_playing.removeIf([](const Playing& p) { return p.next >= p.samples.size(); });
    for (qsizetype i = 0; i < count; ++i)
        out[i] = static_cast<qint16>(
            std::clamp(static_cast<qint32>(static_cast<float>(sum[i]) * m_volume), qint32(-32768),
                       qint32(32767)));
}

} // namespace footcoach
