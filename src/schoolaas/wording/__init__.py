"""Words for people, in Finnish, Swedish and English, without Qt: the
translation catalogue read from the app's .ts files (catalogue), findings
worded from their codes and numbers for the screen, the command line and
the printed plan (findings), and the services' error messages (messages).
The command line, the PDF and the UI all word through this package."""
