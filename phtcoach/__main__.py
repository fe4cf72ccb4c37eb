from phtcoach.cli import main

raise SystemExit(main())
