#include "ui/session/SessionTextSizes.h"

#include "services/settings/AppSettings.h"

#include <QApplication>
#include <QWidget>

namespace footcoach {

SessionTextSizes::SessionTextSizes(const AppSettings& settings)
    : m_settings(settings) {}

void SessionTextSizes::add(QWidget* widget, qreal factor, bool bold) {
    m_sized.append({widget, factor, bold});
    applyTo(m_sized.constLast());
}

void SessionTextSizes::apply() {
    for (const Sized& s : std::as_const(m_sized))
        applyTo(s);
}

void SessionTextSizes::applyTo(const Sized& sized) const {
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * sized.factor *
                    (m_settings.largeSessionText() ? kLargeTextFactor : 1.0));
    f.setBold(sized.bold);
    sized.widget->setFont(f);
}

} // namespace footcoach
