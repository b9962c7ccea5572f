#include "TestDataDir.h"

#include <QFile>
#include <gtest/gtest.h>

namespace footcoach::test {

TestDataDir::TestDataDir() {
    EXPECT_TRUE(m_dir.isValid()) << "cannot create a temporary data directory";
}

QString TestDataDir::write(const QString& name, const QByteArray& bytes) const {
    const QString path = file(name);
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly)) << path.toStdString();
    out.write(bytes);
    return path;
}

} // namespace footcoach::test
