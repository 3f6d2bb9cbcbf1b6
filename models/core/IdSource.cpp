#include "IdSource.h"

IdSource::IdSource()
    : m_rng(QRandomGenerator::system()->generate64()) {}

IdSource::IdSource(quint64 seed)
    : m_rng(seed) {}

QString IdSource::newId() {
    quint64 hi = m_rng.generate64();
    quint64 lo = m_rng.generate64();
    hi = (hi & ~quint64(0xF000)) | quint64(0x4000);           // version 4
    lo = (lo & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60); // RFC 4122 variant
    uchar bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = uchar(hi >> (56 - 8 * i));
        bytes[8 + i] = uchar(lo >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), 16))
        .toString(QUuid::WithoutBraces);
}

quint32 IdSource::bounded(quint32 highest) {
    return highest == 0 ? 0 : quint32(m_rng.bounded(quint64(highest)));
}

double IdSource::uniform() {
    return m_rng.generateDouble();
}

QString IdSource::stableId(const QString &name) {
    static const QUuid ns(QStringLiteral("{6f1c5a8e-3b1d-4f7a-9d3e-7b2f0c4e5a91}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}
