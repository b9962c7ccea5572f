#pragma once

#include <QStringList>

class QWidget;

namespace footcoach::test {

// Interactive widgets under root that a screen reader could not name or describe.
QStringList unnamedControls(QWidget* root);

// Visible texts under root that do not fit the space they were given (cut off or elided).
QStringList clippedTexts(QWidget* root);

} // namespace footcoach::test
