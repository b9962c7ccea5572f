#include "charts/print/PrintChoiceDialog.h"

#include "charts/print/PaperSize.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace footcoach {

PrintChoiceDialog::PrintChoiceDialog(PrintJob job, QWidget* parent)
    : QDialog(parent)
    , m_job(std::move(job))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    setWindowTitle(m_job.heading);
    m_layout = new QVBoxLayout(this);
    // The window grows with what it says (the days in words, where the file went) rather than
    // squeezing the choices.
    m_layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* heading = new QLabel(m_job.heading, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    heading->setWordWrap(true);
    m_layout->addWidget(heading);
    auto* how = new QLabel(tr("Print… sends it to a printer. Save as PDF… keeps it as a file that "
                              "you can print later or send to your doctor."),
                           this);
    how->setWordWrap(true);
    m_layout->addWidget(how);
    auto* buttons = new QDialogButtonBox(this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setAccessibleDescription(tr("Chooses a printer and prints"));
    m_save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_save->setAccessibleDescription(tr("Saves a PDF file in a folder you choose"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleDescription(tr("Closes this window without printing"));
    m_print->setDefault(true);
    connect(m_print, &QPushButton::clicked, this, &PrintChoiceDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PrintChoiceDialog::saveAsPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide(); // until there is something to say
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(buttons);
    m_layout->addWidget(m_status);
    setMinimumWidth(520);
    adjustSize();
}

void PrintChoiceDialog::addOptions(QWidget* options) {
    // Under the heading and its explanation, above the buttons.
    m_layout->insertWidget(2, options);
    // Sized for its wrapped lines at the width it gets (adjustSize asks heightForWidth).
    adjustSize();
}

void PrintChoiceDialog::setReady(bool ready) {
    m_print->setEnabled(ready);
    m_save->setEnabled(ready);
}

void PrintChoiceDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PaperSize::forLocale(QLocale()));
    printer.setDocName(m_job.fileName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The documents keep their own margins, measured from the paper's edge.
    printer.setFullPage(true);
    if (m_job.paint(printer) == 0) {
        QMessageBox::warning(this, tr("Not printed"),
                             tr("The document could not be sent to the printer."));
        return;
    }
    m_status->setText(printer.outputFileName().isEmpty()
                          ? tr("Sent to the printer %1.").arg(printer.printerName())
                          : tr("Printed to the file %1.").arg(printer.outputFileName()));
    m_status->show();
    adjustSize();
}

QString PrintChoiceDialog::chooseFile() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(documents);
    QFileDialog dialog(this, tr("Save as PDF"), QDir(documents).filePath(m_job.fileName()),
                       tr("PDF files (*.pdf)"));
    dialog.setObjectName(QStringLiteral("savePdfDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void PrintChoiceDialog::saveAsPdf() {
    const QString path = chooseFile();
    if (path.isEmpty())
        return;
    if (!writePdf(path)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The PDF could not be written to %1.").arg(path));
        return;
    }
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    m_status->show();
    adjustSize();
    offerToOpen(path);
}

bool PrintChoiceDialog::writePdf(const QString& path) {
    // Written to a temporary file and renamed, so a failure never leaves half a file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    int pages = 0;
    {
        QPdfWriter pdf(&out);
        pdf.setPageSize(PaperSize::forLocale(QLocale()));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(m_job.heading);
        pdf.setCreator(QStringLiteral("FootCoach %1").arg(QCoreApplication::applicationVersion()));
        pages = m_job.paint(pdf);
    }
    return pages > 0 && out.commit();
}

void PrintChoiceDialog::offerToOpen(const QString& path) {
    QMessageBox box(QMessageBox::Information, tr("Saved"),
                    tr("The PDF is saved as %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openPdfQuestion"));
    QPushButton* open = box.addButton(tr("&Open it"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open && !m_opener(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Cannot open it"),
                             tr("No program to show PDF files was found. The file is saved as "
                                "%1.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace footcoach
