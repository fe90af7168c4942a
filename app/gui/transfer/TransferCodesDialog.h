#pragma once

#include "MigrationExport.h"
#include "Result.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;

namespace tessera::gui
{
    class InlineMessage;
    class QrCodeView;

    /// Google Authenticator transfer codes, full screen, one at a time ("Code 1 of 3") for a phone to scan
    /// in order: Next and Previous (the arrow keys, Page Up and Page Down), Esc closes. Beside the code, the
    /// accounts left out with the reason and those Google Authenticator may not handle. The codes can also
    /// be saved as PNG files (owner-only). The links are wiped when the dialog closes.
    class TransferCodesDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit TransferCodesDialog(const tessera::MigrationExport& codes, QWidget* parent = nullptr);
        ~TransferCodesDialog() override;

        [[nodiscard]] int count() const { return int(m_uris.size()); }
        [[nodiscard]] int currentIndex() const { return m_current; }
        void showCode(int index);
        void showNext();
        void showPrevious();

        [[nodiscard]] QLabel* positionLabel() const { return m_position; }
        [[nodiscard]] QPushButton* nextButton() const { return m_next; }
        [[nodiscard]] QPushButton* previousButton() const { return m_previous; }
        [[nodiscard]] QPushButton* saveButton() const { return m_save; }
        [[nodiscard]] QrCodeView* codeView() const { return m_view; }
        [[nodiscard]] InlineMessage* leftOutMessage() const { return m_leftOut; }
        [[nodiscard]] InlineMessage* warningsMessage() const { return m_warnings; }
        [[nodiscard]] InlineMessage* savedMessage() const { return m_saved; }

        /// Writes google-authenticator-K-of-N.png for every code into `folder` (mode 0600); returns the names.
        [[nodiscard]] Result<QStringList> saveImagesTo(const QString& folder) const;

    signals:
        /// The dialog closed after the user went through every code (to note them as a copy).
        void allCodesShown();
        /// The codes were saved as images in `folder`.
        void imagesSaved(const QString& folder);

    protected:
        void done(int result) override;

    private:
        void chooseFolder();
        void forget();

        QStringList m_uris;
        int m_current = -1;
        bool m_reachedLast = false;
        QrCodeView* m_view;
        QLabel* m_position;
        QPushButton* m_previous;
        QPushButton* m_next;
        QPushButton* m_save;
        InlineMessage* m_leftOut;
        InlineMessage* m_warnings;
        InlineMessage* m_saved;
    };
}
