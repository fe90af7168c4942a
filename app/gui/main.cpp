#include "IntroWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("tessera"));
    QApplication::setApplicationName(QStringLiteral("tessera"));
    tessera::gui::IntroWindow window;
    window.show();
    return QApplication::exec();
}
