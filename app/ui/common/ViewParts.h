#pragma once

#include <QString>

class QFrame;
class QLabel;
class QMargins;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace footcoach::ViewParts {

// A bold, word-wrapped heading, scale times the widget's font size.
QLabel* heading(const QString& text, qreal scale, QWidget* parent);
// A plain framed panel that groups related content on a screen.
QFrame* card(QWidget* parent);
// Fills view with a frameless scroll area (large text must never be cut off) and returns the
// layout of its content, with the given margins and spacing; its parent is the content widget.
QVBoxLayout* scrollingPage(QWidget* view, const QMargins& margins, int spacing);
// What a screen reader should say for a text with symbols in it: the words only. Arrows and
// bars are drawn for the eye; read out they would be "black left-pointing triangle".
QString plainWords(const QString& text);
// A button's text, with its symbols kept for the eye and left out of its accessible name.
void setButtonText(QPushButton* button, const QString& text);

} // namespace footcoach::ViewParts
