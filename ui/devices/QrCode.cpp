#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

QrCode::QrCode(const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty()) {
        return;
    }
    // Medium error correction survives a scuffed label; the library picks the smallest version that fits
    // and switches between alphanumeric and byte modes as the text needs.
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return;
    }
    m_size = code->width;
    m_modules.reserve(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i) {
        m_modules.append((code->data[i] & 1) != 0); // bit 0: dark module
    }
    QRcode_free(code);
}

QImage QrCode::toImage(int moduleSize) const {
    if (isNull() || moduleSize < 1) {
        return {};
    }
    const int side = (m_size + 2 * kQuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *line = image.scanLine((y + kQuietZone) * moduleSize + dy);
                for (int dx = 0; dx < moduleSize; ++dx) {
                    line[(x + kQuietZone) * moduleSize + dx] = 0;
                }
            }
        }
    }
    return image;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const {
    if (isNull()) {
        return;
    }
    const qreal module = qMin(target.width(), target.height()) / (m_size + 2 * kQuietZone);
    const QPointF origin = target.topLeft() + QPointF(kQuietZone * module, kQuietZone * module);
    // Runs of dark modules as one path, filled once without antialiasing: separate squares would show
    // hairline seams in some PDF viewers, and scanners read those as light modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y)) {
                ++x;
            }
            // Each run reaches a hair into the next row so rows join up too.
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module,
                                module * 1.02));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(target, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
}
