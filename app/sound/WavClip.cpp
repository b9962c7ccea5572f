#include "sound/WavClip.h"

#include <QtEndian>

namespace footcoach {

namespace {
quint32 le32(const QByteArray& b, qsizetype at) {
    return qFromLittleEndian<quint32>(b.constData() + at);
}
quint16 le16(const QByteArray& b, qsizetype at) {
    return qFromLittleEndian<quint16>(b.constData() + at);
}
std::optional<WavClip> refuse(QString* error, const char* why) {
    if (error)
        *error = QString::fromLatin1(why);
    return std::nullopt;
}
} // namespace

std::optional<WavClip> WavClip::fromWav(const QByteArray& file, QString* error) {
    if (file.size() < 12 || !file.startsWith("RIFF") || file.mid(8, 4) != "WAVE")
        return refuse(error, "not a RIFF/WAVE file");
    WavClip clip;
    bool haveFormat = false;
    // Chunks: an 8-byte header (id, size), then the body, padded to an even length.
    for (qsizetype at = 12; at + 8 <= file.size();) {
        const QByteArray id = file.mid(at, 4);
        const qsizetype size = le32(file, at + 4);
        const qsizetype body = at + 8;
        if (size > file.size() - body)
            return refuse(error, "a chunk runs past the end of the file");
        if (id == "fmt ") {
            if (size < 16 || le16(file, body) != 1 || le16(file, body + 2) != 1 ||
                le16(file, body + 14) != 16)
                return refuse(error, "not 16-bit mono PCM");
            clip.sampleRate = static_cast<int>(le32(file, body + 4));
            haveFormat = clip.sampleRate > 0;
        } else if (id == "data") {
            if (!haveFormat)
                return refuse(error, "sound data before its format");
            clip.samples.resize(size / 2);
            for (qsizetype i = 0; i < clip.samples.size(); ++i)
                clip.samples[i] = static_cast<qint16>(le16(file, body + 2 * i));
            return clip;
        }
        at = body + size + (size % 2);
    }
    return refuse(error, "no sound data");
}

} // namespace footcoach
