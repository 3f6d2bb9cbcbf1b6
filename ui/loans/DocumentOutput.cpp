#include "DocumentOutput.h"

#include <QDir>
#include <QFileDialog>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace {
QPageLayout a4() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                       QPageLayout::Millimeter);
}

QString startIn(const QString &suggestedName) {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    return QDir(dir).filePath(suggestedName);
}
} // namespace

bool DocumentOutput::writePdf(QTextDocument &document, const QString &path, const QString &title,
                              QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setPageLayout(a4());
        writer.setResolution(300);
        // print() paints every page and finishes the PDF when its painter ends, before the writer goes.
        document.print(&writer);
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool DocumentOutput::print(QTextDocument &document, const QString &title, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageLayout(a4());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    document.print(&printer);
    return true;
}

QString DocumentOutput::askPdfPath(QWidget *parent, const QString &caption, const QString &suggestedName) {
    return QFileDialog::getSaveFileName(parent, caption, startIn(suggestedName), tr("PDF documents (*.pdf)"));
}

QString DocumentOutput::askCsvPath(QWidget *parent, const QString &caption, const QString &suggestedName) {
    return QFileDialog::getSaveFileName(parent, caption, startIn(suggestedName),
                                        tr("CSV spreadsheets (*.csv)"));
}
