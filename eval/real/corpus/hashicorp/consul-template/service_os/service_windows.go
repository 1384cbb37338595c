





package service_os

import (
	wsvc "golang.org/x/sys/windows/svc"
)



































