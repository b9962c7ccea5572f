#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace footcoach {

// RFC 4180 rows in UTF-8 with CRLF line ends. Every cell that a spreadsheet would run as a
// formula (starting with = + - @ tab or CR) gets a leading apostrophe, so a hostile note
// stays text when the file is opened in a spreadsheet.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice& out);

    void writeRow(const QStringList& cells);
    // false once a write to the device failed.
    bool ok() const { return m_ok; }

    static QString neutralise(const QString& cell);
    static QString quote(const QString& cell);

private:
    QIODevice& m_out;
    bool m_ok = true;
};

} // namespace footcoach
