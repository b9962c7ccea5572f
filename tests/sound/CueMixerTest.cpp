// The cue mixer: a cue started now begins at the very next sample, overlapping cues add up
// without wrapping, silence between them; and the WAV reader behind it.
#include "sound/CueMixer.h"

#include <QtEndian>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {
WavClip clip(std::initializer_list<qint16> samples) {
    return WavClip{44100, QList<qint16>(samples)};
}

QList<qint16> mixed(CueMixer& mixer, qsizetype count) {
    QList<qint16> out(count, qint16(123)); // whatever was there before is overwritten
    mixer.mix(out.data(), count);
    return out;
}

QByteArray wav(quint16 format, quint16 channels, quint16 bits, const QList<qint16>& samples) {
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    QByteArray data;
    for (qint16 s : samples)
        data += le16(static_cast<quint16>(s));
    QByteArray fmt =
        le16(format) + le16(channels) + le32(44100) + le32(88200) + le16(2) + le16(bits);
    QByteArray body = "WAVE" + QByteArray("fmt ") + le32(16) + fmt + "data" +
                      le32(static_cast<quint32>(data.size())) + data;
    return "RIFF" + le32(static_cast<quint32>(body.size())) + body;
}
} // namespace

TEST(CueMixer, SilenceWhenNothingPlays) {
    CueMixer mixer;
    mixer.addClip("a", clip({1000, 2000}));
    EXPECT_EQ(mixed(mixer, 4), QList<qint16>({0, 0, 0, 0}));
    EXPECT_FALSE(mixer.isPlaying());
}

TEST(CueMixer, ACueBeginsAtTheNextSampleAndEndsInSilence) {
    CueMixer mixer;
    mixer.addClip("a", clip({1000, 2000, 3000}));
    EXPECT_EQ(mixed(mixer, 2), QList<qint16>({0, 0}));
    mixer.start("a");
    EXPECT_TRUE(mixer.isPlaying());
    EXPECT_EQ(mixed(mixer, 2), QList<qint16>({1000, 2000}));
    EXPECT_EQ(mixed(mixer, 3), QList<qint16>({3000, 0, 0}));
    EXPECT_FALSE(mixer.isPlaying());
}

TEST(CueMixer, OverlappingCuesAddUpAndClipInsteadOfWrapping) {
    CueMixer mixer;
    mixer.addClip("loud", clip({30000, 30000, -30000}));
    mixer.addClip("soft", clip({100}));
    mixer.start("loud");
    mixer.start("soft");
    mixer.start("loud");
    EXPECT_EQ(mixed(mixer, 3), QList<qint16>({32767, 32767, -32768}));
}

TEST(CueMixer, VolumeScalesAndUnknownCuesAreSilent) {
    CueMixer mixer;
    mixer.addClip("a", clip({1000, -1000}));
    mixer.setVolume(0.5f);
    mixer.start("missing");
    EXPECT_FALSE(mixer.isPlaying());
    mixer.start("a");
    EXPECT_EQ(mixed(mixer, 2), QList<qint16>({500, -500}));
}

TEST(WavClip, ReadsSixteenBitMonoPcm) {
    QString why;
    const auto read = WavClip::fromWav(wav(1, 1, 16, {1, -2, 300}), &why);
    ASSERT_TRUE(read.has_value()) << why.toStdString();
    EXPECT_EQ(read->sampleRate, 44100);
    EXPECT_EQ(read->samples, QList<qint16>({1, -2, 300}));
}

TEST(WavClip, RefusesOtherFormatsAndDamagedFiles) {
    QString why;
    EXPECT_FALSE(WavClip::fromWav(wav(1, 2, 16, {1, 2}), &why).has_value()); // stereo
    EXPECT_FALSE(WavClip::fromWav(wav(3, 1, 32, {1, 2}), &why).has_value()); // float
    EXPECT_FALSE(WavClip::fromWav("RIFF", &why).has_value());
    QByteArray cut = wav(1, 1, 16, {1, 2, 3});
    cut.chop(3);
    EXPECT_FALSE(WavClip::fromWav(cut, &why).has_value());
    EXPECT_FALSE(why.isEmpty());
}
