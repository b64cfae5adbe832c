from schoolaas.cli import main

raise SystemExit(main())
