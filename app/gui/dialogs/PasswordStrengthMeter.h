#pragma once

#include "PasswordStrength.h"

#include <QStringView>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace tessera::gui
{
    /// Shows PasswordStrength for a password being typed: a four-step bar labelled with the level
    /// ("Weak", "Fair", "Good", "Strong") and the hint below it. Empty until a password is set.
    class PasswordStrengthMeter : public QWidget
    {
        Q_OBJECT

    public:
        explicit PasswordStrengthMeter(QWidget* parent = nullptr);

        void setPassword(QStringView password);

        [[nodiscard]] PasswordStrength::Level level() const { return m_level; }
        [[nodiscard]] QString hint() const;

    private:
        QProgressBar* m_bar;
        QLabel* m_hint;
        PasswordStrength::Level m_level = PasswordStrength::Level::Weak;
    };
}
