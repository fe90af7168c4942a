#include "ScrollablePage.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

namespace tessera::gui
{
    ScrollablePage::ScrollablePage(QWidget* content, int preferredCharacters, QWidget* parent)
        : QScrollArea(parent)
        , m_preferredCharacters(preferredCharacters)
    {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        // Transparent: the page shows the background of what it sits in (a dialog, a tab).
        viewport()->setAutoFillBackground(false);
        content->setAutoFillBackground(false);
        setWidget(content);
        setFocusPolicy(Qt::NoFocus);
    }

    bool ScrollablePage::event(QEvent* event)
    {
        // The content's own layout requests are posted to the content, not to us: without this the
        // dialog would size itself from the hint cached while it was still being filled.
        if (event->type() == QEvent::Polish) {
            updateGeometry();
        }
        return QScrollArea::event(event);
    }

    bool ScrollablePage::eventFilter(QObject* watched, QEvent* event)
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest) {
            updateGeometry();
        }
        return QScrollArea::eventFilter(watched, event);
    }

    QSize ScrollablePage::sizeHint() const
    {
        QWidget* content = widget();
        if (content == nullptr) {
            return QScrollArea::sizeHint();
        }
        // Nested layouts (a form inside the page's box) cache their hints until the content's
        // layout is activated, which otherwise happens only on the next event loop pass.
        if (QLayout* layout = content->layout()) {
            layout->activate();
        }
        QSize size = content->sizeHint();
        size.setWidth(std::max(size.width(), fontMetrics().averageCharWidth() * m_preferredCharacters));
        if (content->hasHeightForWidth()) {
            // Wrapped text at the width asked for, not at each label's own narrow guess.
            size.setHeight(content->heightForWidth(size.width()));
        }
        // Up to most of the screen; beyond that, scroll (and leave room for the scroll bar).
        const QScreen* screen = this->screen() != nullptr ? this->screen() : QGuiApplication::primaryScreen();
        if (screen != nullptr) {
            const QSize available = screen->availableSize() * 4 / 5;
            if (size.height() > available.height()) {
                size.setHeight(available.height());
                size.setWidth(size.width() + verticalScrollBar()->sizeHint().width());
            }
            size.setWidth(std::min(size.width(), available.width()));
        }
        return size;
    }

    QSize ScrollablePage::minimumSizeHint() const
    {
        QWidget* content = widget();
        const int lines = fontMetrics().lineSpacing() * 6;
        if (content == nullptr) {
            return {lines, lines};
        }
        // As narrow as the content allows, and a few lines tall: the rest scrolls.
        return {content->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
            std::min(content->minimumSizeHint().height(), lines)};
    }
}
