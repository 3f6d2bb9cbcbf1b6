#include "SectionPage.h"

#include "MessageBanner.h"
#include "store/StoreError.h"

SectionPage::SectionPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {}

MessageBanner *SectionPage::storeProblemBanner() {
    if (!m_storeProblem) {
        m_storeProblem = new MessageBanner(this);
        m_storeProblem->setObjectName(QStringLiteral("storeProblem"));
    }
    return m_storeProblem;
}

void SectionPage::showStoreProblem(const std::exception &e) {
    const auto *storeError = dynamic_cast<const StoreError *>(&e);
    const QString detail = storeError ? storeError->message() : QString::fromLocal8Bit(e.what());
    storeProblemBanner()->showError(
        tr("The store could not be read, so this list may be out of date. %1").arg(detail));
}

void SectionPage::clearStoreProblem() {
    if (m_storeProblem) {
        m_storeProblem->clearMessage();
    }
}
