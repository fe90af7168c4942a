#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace tessera::gui
{
    /// A plain-text label that wraps: sentences that must never be cut off, whatever the language.
    /// Wizard pages use it for their introduction instead of QWizardPage::setSubTitle(), whose label
    /// QWizard does not let grow, so longer translations were cut to two lines.
    [[nodiscard]] QLabel* wrappedLabel(const QString& text, QWidget* parent);
}
