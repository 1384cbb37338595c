


package getter

import (
	"fmt"
	"net/url"
	"os"
	"runtime"
	"syscall"

	"github.com/bgentry/go-netrc/netrc"
	"github.com/mitchellh/go-homedir"
)
























































