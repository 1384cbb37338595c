from ...helpers import BaseApplicationTest














