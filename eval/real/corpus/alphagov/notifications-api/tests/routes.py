from flask import Blueprint, current_app

















