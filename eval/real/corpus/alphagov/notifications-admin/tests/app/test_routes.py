from app.commands import save_app_routes











