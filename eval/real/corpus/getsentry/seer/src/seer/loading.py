import enum







