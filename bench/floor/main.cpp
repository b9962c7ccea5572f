// The floor for the startup, memory and idle benchmarks: the least a Qt Widgets program can be.
// A QApplication and one shown QLabel, nothing else, so every figure of FootCoach's can be read
// against what Qt itself costs on the same machine.
#include <QApplication>
#include <QLabel>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Floor"));
    label.show();
    return app.exec();
}
