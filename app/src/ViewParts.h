#pragma once

#include <QString>

class QFrame;
class QLabel;
class QWidget;

namespace footcoach::ViewParts {

// A bold, word-wrapped heading, scale times the widget's font size.
QLabel* heading(const QString& text, qreal scale, QWidget* parent);
// A plain framed panel that groups related content on a screen.
QFrame* card(QWidget* parent);

} // namespace footcoach::ViewParts
