#include "LabelSheet.h"

#include "QrCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace {
constexpr qreal kPaddingMm = 2.5;

// The largest point size (from `start` down) at which `text` fits `width` on one line.
QFont fitted(QFont font, qreal start, const QString &text, qreal width, QPaintDevice *device) {
    for (qreal size = start; size > 5.0; size -= 0.5) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font, device).horizontalAdvance(text) <= width) {
            return font;
        }
    }
    font.setPointSizeF(5.0);
    return font;
}
} // namespace

LabelSheet::LabelSheet(QList<AssetLabel> labels, int firstPosition)
    : m_labels(std::move(labels))
    , m_first(qBound(0, firstPosition, kPerPage - 1)) {}

int LabelSheet::pageCount() const {
    if (m_labels.isEmpty()) {
        return 0;
    }
    return int((m_first + m_labels.size() + kPerPage - 1) / kPerPage);
}

QPageLayout LabelSheet::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

void LabelSheet::paint(QPainter &painter, QPagedPaintDevice &device) const {
    const qreal dotsPerMm = device.logicalDpiX() / 25.4;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0) {
            device.newPage();
        }
        paintPage(painter, page, dotsPerMm);
    }
}

bool LabelSheet::writePdf(const QString &path, const QString &title, QString *error) const {
    if (m_labels.isEmpty()) {
        *error = QCoreApplication::translate("LabelSheet", "There are no labels to save.");
        return false;
    }
    {
        QPdfWriter writer(path);
        writer.setPageLayout(pageLayout());
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QCoreApplication::applicationName());
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error =
                QCoreApplication::translate("LabelSheet", "The PDF could not be written to %1.").arg(path);
            return false;
        }
        paint(painter, writer);
        painter.end();
    }
    QFile written(path);
    if (!written.exists() || written.size() == 0) {
        *error = QCoreApplication::translate("LabelSheet", "The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

QImage LabelSheet::renderPage(int page, int dotsPerInch) const {
    const QSizeF mm = pageLayout().pageSize().size(QPageSize::Millimeter);
    const qreal dotsPerMm = dotsPerInch / 25.4;
    QImage image(qRound(mm.width() * dotsPerMm), qRound(mm.height() * dotsPerMm), QImage::Format_RGB32);
    // Fonts are sized in points, so the image must say how many dots make an inch.
    image.setDotsPerMeterX(qRound(dotsPerMm * 1000));
    image.setDotsPerMeterY(qRound(dotsPerMm * 1000));
    image.fill(Qt::white);
    if (page >= 0 && page < pageCount()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // The label outlines show where the labels fall; they are not printed.
        painter.setPen(QPen(QColor(0xc8, 0xd0, 0xd8), 0));
        for (int i = 0; i < kPerPage; ++i) {
            const int row = i / kColumns;
            const int column = i % kColumns;
            painter.drawRect(QRectF(column * kLabelWidthMm * dotsPerMm,
                                    (kTopMarginMm + row * kLabelHeightMm) * dotsPerMm,
                                    kLabelWidthMm * dotsPerMm, kLabelHeightMm * dotsPerMm));
        }
        paintPage(painter, page, dotsPerMm);
    }
    return image;
}

void LabelSheet::paintPage(QPainter &painter, int page, qreal dotsPerMm) const {
    const int firstSlot = page == 0 ? m_first : 0;
    const qsizetype firstLabel = page == 0 ? 0 : qsizetype(page) * kPerPage - m_first;
    for (int slot = firstSlot; slot < kPerPage; ++slot) {
        const qsizetype index = firstLabel + (slot - firstSlot);
        if (index >= m_labels.size()) {
            break;
        }
        const int row = slot / kColumns;
        const int column = slot % kColumns;
        const QRectF rect(column * kLabelWidthMm * dotsPerMm,
                          (kTopMarginMm + row * kLabelHeightMm) * dotsPerMm, kLabelWidthMm * dotsPerMm,
                          kLabelHeightMm * dotsPerMm);
        paintLabel(painter, rect, m_labels.at(index), dotsPerMm);
    }
}

void LabelSheet::paintLabel(QPainter &painter, const QRectF &rect, const AssetLabel &label, qreal dotsPerMm) {
    const qreal pad = kPaddingMm * dotsPerMm;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    // The QR code (with its quiet zone) fills the label's height on the left; the words go on the right.
    const qreal qrSide = inner.height();
    QrCode(label.tag).paint(painter, QRectF(inner.left(), inner.top(), qrSide, qrSide));
    const QRectF text(inner.left() + qrSide + pad * 0.4, inner.top(), inner.width() - qrSide - pad * 0.4,
                      inner.height());

    painter.save();
    painter.setPen(Qt::black);
    QPaintDevice *device = painter.device();
    QFont tagFont(QStringLiteral("DejaVu Sans"));
    tagFont.setBold(true);
    tagFont = fitted(tagFont, 13.0, label.tag, text.width(), device);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.0);

    const QFontMetricsF tagMetrics(tagFont, device);
    const QFontMetricsF smallMetrics(small, device);
    qreal y = text.top() + pad * 0.6;
    painter.setFont(tagFont);
    painter.drawText(QRectF(text.left(), y, text.width(), tagMetrics.height()), Qt::AlignLeft | Qt::AlignTop,
                     label.tag);
    y += tagMetrics.height() + pad * 0.4;

    painter.setFont(small);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF typeRect(text.left(), y, text.width(), smallMetrics.lineSpacing() * 2);
    painter.drawText(typeRect, flags, label.typeName);

    // The owner line sits at the bottom, so a long type name never pushes it off the label.
    const QRectF ownerBox(text.left(), text.top(), text.width(), text.height() - pad * 0.4);
    const QRectF ownerSize = painter.boundingRect(ownerBox, flags, label.ownerLine);
    painter.drawText(
        QRectF(text.left(), ownerBox.bottom() - ownerSize.height(), text.width(), ownerSize.height()), flags,
        label.ownerLine);
    painter.restore();
}
