#include "IntroWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tessera::gui
{
    IntroWindow::IntroWindow(QWidget* parent)
        : QMainWindow(parent)
    {
        setWindowTitle(tr("Tessera"));
        auto* central = new QWidget(this);
        auto* layout = new QVBoxLayout(central);
        auto* title = new QLabel(tr("<h1>Tessera</h1>"), central);
        auto* text = new QLabel(tr("A desktop authenticator: one-time codes for your accounts, backups before "
                                   "a phone swap, and guided recovery when a seed is lost.\n\n"
                                   "Codes can be generated today with 'tessera-cli generate'."),
            central);
        text->setWordWrap(true);
        title->setAccessibleName(tr("Tessera"));
        layout->addWidget(title);
        layout->addWidget(text);
        layout->addStretch();
        setCentralWidget(central);
        resize(480, 240);
    }
}
