from .. import db







