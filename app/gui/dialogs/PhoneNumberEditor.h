#pragma once

#include "PhoneNumber.h"

#include <QString>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera::gui
{
    class InlineMessage;

    /// A phone number field that checks the number as it is typed (PhoneNumber, libphonenumber):
    /// it shows the E.164 form providers want ("+447911123456"), always flags a missing '+'
    /// country code, treats "not valid" (the 2022 metadata may not know new ranges) as a warning
    /// the user can override with a check box, and blocks numbers of an impossible length. A
    /// country picker, defaulting to the system locale's territory, supplies the country for
    /// numbers typed without '+'. The text is kept exactly as typed; a button offers the E.164 form.
    class PhoneNumberEditor : public QWidget
    {
        Q_OBJECT

    public:
        explicit PhoneNumberEditor(QWidget* parent = nullptr);

        /// The number as typed (trimmed).
        [[nodiscard]] QString text() const;
        void setText(const QString& text);

        /// The two-letter country used for numbers without '+'; empty for none.
        [[nodiscard]] QString region() const;
        /// Selects `region` ("GB") when Tessera knows it; otherwise nothing changes.
        void setRegion(const QString& region);

        /// The checked number, when the text forms one.
        [[nodiscard]] const std::optional<PhoneNumber>& number() const { return m_number; }
        /// Empty, or a number that may be saved: it parses, no finding blocks it, and a "not valid"
        /// warning has been overridden.
        [[nodiscard]] bool isAcceptable() const;
        /// Why the number cannot be saved yet (one or two sentences); empty when it can.
        [[nodiscard]] QString problem() const;
        /// The findings shown under the field, one per line.
        [[nodiscard]] QString findingsText() const;
        /// The E.164 form shown under the field; empty while the text forms no number.
        [[nodiscard]] QString e164Text() const;

        /// The text field, e.g. as a form label's buddy.
        [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }

        /// The system locale's territory when Tessera knows it ("GB"), else empty.
        static QString systemRegion();

    signals:
        /// The text, the country or the override changed (check isAcceptable()).
        void changed();

    private:
        void check();
        void useE164();
        /// Selects the country whose name, "name (code)" or code was typed in the picker.
        void regionTyped(const QString& text);

        QLineEdit* m_edit;
        QComboBox* m_region;
        QLabel* m_e164;
        QPushButton* m_useE164;
        InlineMessage* m_findings;
        QCheckBox* m_override;
        std::optional<PhoneNumber> m_number;
        QString m_parseError;
    };
}
