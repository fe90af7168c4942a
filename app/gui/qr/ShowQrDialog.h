#pragma once

#include "Account.h"
#include "OtpUri.h"
#include "Result.h"

#include <QDialog>
#include <QString>

class QLabel;
class QPrinter;
class QPushButton;

namespace tessera::gui
{
    class QrCodeView;

    /// Shows an account's QR code for a phone to scan, after asking once ("Anyone who sees this code can
    /// copy your account. Show it?"). The code is drawn large (at least QrCodeView::MinModuleMm per module,
    /// growing with the window), with the issuer and account name under it; it can be saved as PNG or SVG
    /// (owner-only files) and printed. The code is built only when the user agrees, and wiped on close.
    class ShowQrDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit ShowQrDialog(const Account& account, QWidget* parent = nullptr);
        explicit ShowQrDialog(const OtpUri& uri, QWidget* parent = nullptr);
        ~ShowQrDialog() override;

        /// Pixels per module of saved PNG files and printed codes' minimum resolution.
        static constexpr int SavedModuleSize = 10;

        [[nodiscard]] bool isRevealed() const;
        /// What the "Show QR Code" button does: builds and shows the code.
        void reveal();
        /// The view the code is painted in (empty until revealed).
        [[nodiscard]] QrCodeView* codeView() const { return m_view; }

        /// Writes the code as SVG when `path` ends in .svg, else as PNG; mode 0600.
        [[nodiscard]] Result<void> saveTo(const QString& path) const;
        /// Draws the code 60 mm wide with the names under it, centred on the page.
        [[nodiscard]] Result<void> print(QPrinter& printer) const;

    signals:
        void revealed();
        void saved(const QString& path);

    protected:
        void done(int result) override;

    private:
        ShowQrDialog(QString uri, QString issuer, QString accountName, QWidget* parent);
        void saveAs();
        void printCode();
        void showError(const QString& message);
        void forget();

        QString m_uri;
        QString m_issuer;
        QString m_accountName;
        QWidget* m_askPage = nullptr;
        QWidget* m_codePage = nullptr;
        bool m_revealed = false;
        QrCodeView* m_view = nullptr;
        QLabel* m_error = nullptr;
        QPushButton* m_show = nullptr;
    };
}
