#include "ui/common/WrappedLabel.h"

#include <QLabel>
#include <gtest/gtest.h>

using namespace footcoach;

namespace {

const QString kLong = QStringLiteral(
    "Feet that feel numb make a fall more likely, so do the standing stretches next to a wall "
    "and hold on to it.");

// The same question put to a plain QLabel with the same text and font.
int plainHeight(const WrappedLabel& label, int width) {
    QLabel plain(label.text());
    plain.setWordWrap(true);
    plain.setFont(label.font());
    plain.setMargin(label.margin());
    return plain.heightForWidth(width);
}

} // namespace

TEST(WrappedLabel, AnswersAsAPlainWordWrappedLabelDoes) {
    WrappedLabel label(kLong);
    EXPECT_TRUE(label.wordWrap());
    for (int width : {80, 200, 400, 200, 80, 1000, 80})
        EXPECT_EQ(label.heightForWidth(width), plainHeight(label, width)) << width;
}

TEST(WrappedLabel, AFreshAnswerAfterTheTextFontOrMarginChanges) {
    WrappedLabel label(QStringLiteral("Short"));
    const int oneLine = label.heightForWidth(200);
    EXPECT_EQ(oneLine, plainHeight(label, 200));

    label.setText(kLong);
    EXPECT_GT(label.heightForWidth(200), oneLine);
    EXPECT_EQ(label.heightForWidth(200), plainHeight(label, 200));

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    const int before = label.heightForWidth(200);
    label.setFont(larger);
    EXPECT_GT(label.heightForWidth(200), before);
    EXPECT_EQ(label.heightForWidth(200), plainHeight(label, 200));

    label.setMargin(20);
    EXPECT_EQ(label.heightForWidth(200), plainHeight(label, 200));
}
