#pragma once

#include <QString>
#include <QTemporaryDir>

namespace footcoach::test {

// A fresh, empty data directory for one test, removed when the test ends.
class TestDataDir {
public:
    TestDataDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    // Writes bytes to a file in the directory and returns its path.
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

} // namespace footcoach::test
