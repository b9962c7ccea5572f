#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

#include <functional>

class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QVBoxLayout;

namespace footcoach {

// A document to print or save: its heading, the file name to suggest, and how to paint it on a
// PDF writer or a printer (set to print the full page). paint returns the number of pages, 0 on
// failure.
struct PrintJob {
    QString heading;
    std::function<QString()> fileName;
    std::function<int(QPagedPaintDevice& device)> paint;
};

// One dialog for everything FootCoach prints: Print… (Qt's print dialog, so the system's
// printers come through CUPS) or Save as PDF… (a file dialog in the Documents folder, then an
// offer to open the file). The report adds its choice of days above the buttons.
class PrintChoiceDialog : public QDialog {
    Q_OBJECT
public:
    using FileOpener = std::function<bool(const QUrl&)>;

    PrintChoiceDialog(PrintJob job, QWidget* parent = nullptr);

    // Puts options (the report's days) above the buttons.
    void addOptions(QWidget* options);
    // Print… and Save as PDF… only while the options make sense.
    void setReady(bool ready);
    // How a saved file is opened; QDesktopServices unless a test says otherwise.
    void setFileOpener(FileOpener opener) { m_opener = std::move(opener); }

    void print();
    void saveAsPdf();
    // Writes the PDF to path; false (and nothing left behind) on failure.
    bool writePdf(const QString& path);

    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* status() const { return m_status; }

private:
    QString chooseFile();
    void offerToOpen(const QString& path);

    PrintJob m_job;
    FileOpener m_opener;
    QVBoxLayout* m_layout = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace footcoach
