#pragma once

#include <QList>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tessera::gui
{
    class QrCodeView;
    class VaultHolder;

    /// The accounts' own QR codes one after the other, for an app on the new phone that scans them one
    /// at a time: the code, "GitHub (alice), 3 of 12", Previous and Next (also the arrow keys). Only the
    /// code on screen exists as an image; it is wiped when the slideshow is hidden.
    class AccountQrSlideshow : public QWidget
    {
        Q_OBJECT

    public:
        AccountQrSlideshow(VaultHolder& holder, QWidget* parent = nullptr);
        ~AccountQrSlideshow() override;

        void setAccounts(const QList<QUuid>& ids);
        [[nodiscard]] int currentIndex() const { return m_index; }
        [[nodiscard]] int count() const { return int(m_ids.size()); }
        [[nodiscard]] QString caption() const;
        [[nodiscard]] QrCodeView* codeView() const { return m_view; }

        void showIndex(int index);
        void next() { showIndex(m_index + 1); }
        void previous() { showIndex(m_index - 1); }

    protected:
        void keyPressEvent(QKeyEvent* event) override;
        void showEvent(QShowEvent* event) override;
        void hideEvent(QHideEvent* event) override;

    private:
        VaultHolder& m_holder;
        QList<QUuid> m_ids;
        int m_index = -1;
        QrCodeView* m_view;
        QLabel* m_caption;
        QPushButton* m_previous;
        QPushButton* m_next;
    };
}
