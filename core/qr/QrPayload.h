#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// The text of one QR code found in an image, where it was found, and what kind of text it is.
    /// The text may contain a secret (an otpauth:// link): callers wipe copies they no longer need.
    class QrPayload
    {
    public:
        enum class Kind
        {
            OtpAuth,          ///< otpauth://: one account
            OtpAuthMigration, ///< otpauth-migration://: a Google Authenticator export batch
            Other,            ///< anything else: not an authenticator code
        };

        /// `corners` are the code's corners in image coordinates (top-left, top-right, bottom-right,
        /// bottom-left in the code's own orientation); empty when unknown.
        explicit QrPayload(QString text, QList<QPointF> corners = {});

        [[nodiscard]] const QString& text() const { return m_text; }
        [[nodiscard]] const QList<QPointF>& corners() const { return m_corners; }
        [[nodiscard]] Kind kind() const { return classify(m_text); }

        /// Classifies by scheme, case-insensitively, ignoring white space around the text.
        [[nodiscard]] static Kind classify(QStringView text);
        /// "otpauth", "otpauth-migration" or "other", as the CLI's JSON output names them.
        [[nodiscard]] static QString kindName(Kind kind);

        bool operator==(const QrPayload& other) const = default;

    private:
        QString m_text;
        QList<QPointF> m_corners;
    };
}
