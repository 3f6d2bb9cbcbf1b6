#pragma once

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

// What one asset label says: the tag (as text and as a QR code), the device type, and who owns it.
struct AssetLabel {
    QString tag;
    QString typeName;
    QString ownerLine; // "Property of Kirkbeck Libraries"
};

// Asset labels laid out on A4 sheets of 3 × 8 labels of 70 × 37 mm (the common "24 per sheet" stock,
// edge to edge with 0.5 mm top and bottom). The same drawing goes to a printer, a PDF or a preview image.
// A part-used sheet can be reused by starting further down it.
class LabelSheet {
public:
    static constexpr int kColumns = 3;
    static constexpr int kRows = 8;
    static constexpr int kPerPage = kColumns * kRows;
    static constexpr qreal kLabelWidthMm = 70.0;
    static constexpr qreal kLabelHeightMm = 37.0;
    static constexpr qreal kTopMarginMm = 0.5;

    // `firstPosition` (0-based) is the first free label on the first sheet.
    explicit LabelSheet(QList<AssetLabel> labels, int firstPosition = 0);

    int pageCount() const;
    const QList<AssetLabel> &labels() const { return m_labels; }

    // A4 portrait without margins: positions are measured from the paper's corner.
    static QPageLayout pageLayout();

    // Every page, starting a new page on `device` between them. The painter must be active on `device`.
    void paint(QPainter &painter, QPagedPaintDevice &device) const;
    bool writePdf(const QString &path, const QString &title, QString *error) const;
    QImage renderPage(int page, int dotsPerInch) const;

private:
    void paintPage(QPainter &painter, int page, qreal dotsPerMm) const;
    static void paintLabel(QPainter &painter, const QRectF &rect, const AssetLabel &label, qreal dotsPerMm);

    QList<AssetLabel> m_labels;
    int m_first = 0;
};
