#include "app/TesseraApplication.h"

int main(int argc, char* argv[])
{
    return tessera::gui::TesseraApplication::run(argc, argv);
}
