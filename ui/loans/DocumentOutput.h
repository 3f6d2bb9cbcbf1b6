#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

// Puts a desk document (loan receipt, reminder letters) on paper or into a PDF, on A4 with the margins a
// council letter has. The PDF is written to a temporary file and moved into place, so a full disk or a
// locked file never leaves half a receipt behind.
class DocumentOutput {
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
public:
    // Writes the document as PDF. On failure returns false and says why in *error.
    static bool writePdf(QTextDocument &document, const QString &path, const QString &title, QString *error);
    // Shows the print dialog (keyboard-operable) and prints; false when cancelled.
    static bool print(QTextDocument &document, const QString &title, QWidget *parent);
    // Asks where to save a PDF, starting in the documents folder with a suggested name; empty if cancelled.
    static QString askPdfPath(QWidget *parent, const QString &caption, const QString &suggestedName);
    // The same for a CSV file.
    static QString askCsvPath(QWidget *parent, const QString &caption, const QString &suggestedName);
};
