"""The window shell: the application, the main window, its banners and toolbar, the idle lock."""
